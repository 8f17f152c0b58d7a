CREATE TABLE "card_credit_exceptions" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"file_id" text,
	"line" integer,
	"reference" text NOT NULL,
	"why" text NOT NULL,
	"bank_amount_fen" integer,
	"payment_id" text,
	"region_code" text,
	"at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_credit_files" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_id" text NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"result" jsonb NOT NULL,
	"received_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_ledger_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"journal_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"movement" text NOT NULL,
	"account" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"holder_user_id" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"period" text,
	"amount_fen" integer NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"held_because" text,
	"card_id" text,
	"partner_id" text,
	"reference" text,
	"bank_transaction_id" text,
	"returned_reason" text,
	"ordered_at" text NOT NULL,
	"queued_at" text,
	"credited_at" text,
	"returned_at" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "card_credit_exceptions" ADD CONSTRAINT "card_credit_exceptions_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_credit_exceptions" ADD CONSTRAINT "card_credit_exceptions_file_id_card_credit_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."card_credit_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_credit_exceptions" ADD CONSTRAINT "card_credit_exceptions_payment_id_card_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."card_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_credit_files" ADD CONSTRAINT "card_credit_files_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_ledger_entries" ADD CONSTRAINT "card_ledger_entries_payment_id_card_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."card_payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_payments" ADD CONSTRAINT "card_payments_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_credit_exceptions_partner" ON "card_credit_exceptions" USING btree ("partner_id","at");--> statement-breakpoint
CREATE INDEX "card_credit_exceptions_region" ON "card_credit_exceptions" USING btree ("region_code","at");--> statement-breakpoint
CREATE UNIQUE INDEX "card_credit_files_sha" ON "card_credit_files" USING btree ("partner_id","sha256");--> statement-breakpoint
CREATE INDEX "card_ledger_entries_payment" ON "card_ledger_entries" USING btree ("payment_id","at");--> statement-breakpoint
CREATE INDEX "card_ledger_entries_journal" ON "card_ledger_entries" USING btree ("journal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_source" ON "card_payments" USING btree ("source","source_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "card_payments_reference" ON "card_payments" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "card_payments_holder" ON "card_payments" USING btree ("holder_user_id","ordered_at");--> statement-breakpoint
CREATE INDEX "card_payments_partner" ON "card_payments" USING btree ("partner_id","status","queued_at");--> statement-breakpoint
CREATE INDEX "card_payments_region" ON "card_payments" USING btree ("region_code","ordered_at");