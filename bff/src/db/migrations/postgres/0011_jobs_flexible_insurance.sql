CREATE TABLE "flexible_enrolments" (
	"user_id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"region_code" text NOT NULL,
	"base_fen" bigint NOT NULL,
	"period" text NOT NULL,
	"medical" boolean NOT NULL,
	"from_month" text NOT NULL,
	"enrolled_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flexible_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"person_id" text NOT NULL,
	"out_trade_no" text NOT NULL,
	"months" jsonb NOT NULL,
	"first_month" text NOT NULL,
	"base_fen" bigint NOT NULL,
	"amount_fen" bigint NOT NULL,
	"personal_account_fen" bigint NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"transaction_id" text,
	"holds_months" boolean,
	"created_at" text NOT NULL,
	"paid_at" text,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "payer" text DEFAULT 'employer' NOT NULL;--> statement-breakpoint
ALTER TABLE "flexible_enrolments" ADD CONSTRAINT "flexible_enrolments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flexible_enrolments" ADD CONSTRAINT "flexible_enrolments_person_id_insured_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."insured_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flexible_payments" ADD CONSTRAINT "flexible_payments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flexible_payments" ADD CONSTRAINT "flexible_payments_person_id_insured_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."insured_persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flexible_enrolments_person" ON "flexible_enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "flexible_enrolments_region" ON "flexible_enrolments" USING btree ("region_code","enrolled_at");--> statement-breakpoint
CREATE UNIQUE INDEX "flexible_payments_out_trade_no" ON "flexible_payments" USING btree ("out_trade_no");--> statement-breakpoint
CREATE INDEX "flexible_payments_user" ON "flexible_payments" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "flexible_payments_person_first_month" ON "flexible_payments" USING btree ("person_id","first_month","holds_months");