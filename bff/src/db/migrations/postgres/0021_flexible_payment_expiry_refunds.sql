ALTER TABLE "flexible_payments" ADD COLUMN "expires_at" text;--> statement-breakpoint
ALTER TABLE "flexible_payments" ADD COLUMN "out_refund_no" text;--> statement-breakpoint
ALTER TABLE "flexible_payments" ADD COLUMN "refund_status" text;--> statement-breakpoint
ALTER TABLE "flexible_payments" ADD COLUMN "refund_id" text;--> statement-breakpoint
ALTER TABLE "flexible_payments" ADD COLUMN "refunded_at" text;--> statement-breakpoint
CREATE UNIQUE INDEX "flexible_payments_out_refund_no" ON "flexible_payments" USING btree ("out_refund_no");--> statement-breakpoint
CREATE INDEX "flexible_payments_open" ON "flexible_payments" USING btree ("status","expires_at");--> statement-breakpoint
CREATE INDEX "flexible_payments_refunds" ON "flexible_payments" USING btree ("refund_status");