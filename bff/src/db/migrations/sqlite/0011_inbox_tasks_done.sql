-- Messages written before a message carried the task it asks for (only the one-tap
-- confirmation did) carry it now, so that a task already done stops counting them as unread.
-- Rate a closed case, answer a complaint: the case is the one the message links to.
UPDATE inbox_messages SET action_kind = 'rate_case', action_target_id = substr(link, instr(link, '?id=') + 4, CASE WHEN instr(substr(link, instr(link, '?id=') + 4), '&') > 0 THEN instr(substr(link, instr(link, '?id=') + 4), '&') - 1 ELSE length(link) END)
WHERE template = 'wages.closed' AND action_kind IS NULL AND instr(link, '?id=') > 0;--> statement-breakpoint
UPDATE inbox_messages SET action_kind = 'answer_complaint', action_target_id = substr(link, instr(link, '?id=') + 4, CASE WHEN instr(substr(link, instr(link, '?id=') + 4), '&') > 0 THEN instr(substr(link, instr(link, '?id=') + 4), '&') - 1 ELSE length(link) END)
WHERE template = 'wages.complaintToAnswer' AND action_kind IS NULL AND instr(link, '?id=') > 0;--> statement-breakpoint
-- Certify: the pensioner whose ID number the reader bound.
UPDATE inbox_messages SET action_kind = 'certify', action_target_id = (
  SELECT p.id FROM pensioners p JOIN real_names r ON r.id_number_index = p.id_number_index WHERE r.user_id = inbox_messages.user_id
)
WHERE template IN ('retiree.dueSoon', 'retiree.overdue', 'retiree.suspended') AND action_kind IS NULL
  AND EXISTS (SELECT 1 FROM pensioners p JOIN real_names r ON r.id_number_index = p.id_number_index WHERE r.user_id = inbox_messages.user_id);--> statement-breakpoint
-- Visit at home: the pensioner of the visit the message links to.
UPDATE inbox_messages SET action_kind = 'home_visit', action_target_id = (SELECT v.pensioner_id FROM visit_tasks v WHERE v.id = substr(link, instr(link, '?id=') + 4, CASE WHEN instr(substr(link, instr(link, '?id=') + 4), '&') > 0 THEN instr(substr(link, instr(link, '?id=') + 4), '&') - 1 ELSE length(link) END))
WHERE template IN ('retiree.visitAssigned', 'retiree.visitRejected') AND action_kind IS NULL AND instr(link, '?id=') > 0
  AND EXISTS (SELECT 1 FROM visit_tasks v WHERE v.id = substr(link, instr(link, '?id=') + 4, CASE WHEN instr(substr(link, instr(link, '?id=') + 4), '&') > 0 THEN instr(substr(link, instr(link, '?id=') + 4), '&') - 1 ELSE length(link) END));--> statement-breakpoint
-- Done when it was done: the rating; the employer's first answer, or the case's end; a certification after the message.
UPDATE inbox_messages SET action_done_at = (
  SELECT min(e.at) FROM wage_case_events e WHERE e.case_id = inbox_messages.action_target_id AND e.kind = 'rated'
)
WHERE action_kind = 'rate_case' AND action_done_at IS NULL;--> statement-breakpoint
UPDATE inbox_messages SET action_done_at = coalesce(
  (SELECT min(e.at) FROM wage_case_events e WHERE e.case_id = inbox_messages.action_target_id AND e.kind = 'employer_responded'),
  (SELECT c.closed_at FROM wage_cases c WHERE c.id = inbox_messages.action_target_id)
)
WHERE action_kind = 'answer_complaint' AND action_done_at IS NULL;--> statement-breakpoint
UPDATE inbox_messages SET action_done_at = (
  SELECT min(c.created_at) FROM pension_certifications c WHERE c.pensioner_id = inbox_messages.action_target_id AND c.created_at >= inbox_messages.created_at
)
WHERE action_kind IN ('certify', 'home_visit') AND action_done_at IS NULL;--> statement-breakpoint
-- A message whose task is done is read, from when it was done (if not read before).
UPDATE inbox_messages SET read_at = action_done_at WHERE read_at IS NULL AND action_done_at IS NOT NULL;
