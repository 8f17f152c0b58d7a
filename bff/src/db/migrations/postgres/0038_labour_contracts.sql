CREATE TABLE "contract_documents" (
	"contract_id" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"pdf_enc" "bytea" NOT NULL,
	"timestamp" jsonb NOT NULL,
	"timestamped_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_events" (
	"id" text PRIMARY KEY NOT NULL,
	"contract_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" text NOT NULL,
	"by_party" text NOT NULL,
	"by_user_id" text,
	"device_enc" text,
	"detail_enc" text
);
--> statement-breakpoint
CREATE TABLE "contract_notices" (
	"employer_id" text NOT NULL,
	"worker_id_number_index" text NOT NULL,
	"worker_user_id" text NOT NULL,
	"started_on" text NOT NULL,
	"told_at" text NOT NULL,
	CONSTRAINT "contract_notices_employer_id_worker_id_number_index_pk" PRIMARY KEY("employer_id","worker_id_number_index")
);
--> statement-breakpoint
CREATE TABLE "contract_signatures" (
	"id" text PRIMARY KEY NOT NULL,
	"contract_id" text NOT NULL,
	"signer" text NOT NULL,
	"user_id" text NOT NULL,
	"signatory_name_enc" text NOT NULL,
	"signatory_id_number_enc" text NOT NULL,
	"verify_id_enc" text NOT NULL,
	"provider" text NOT NULL,
	"version" integer NOT NULL,
	"started_at" text NOT NULL,
	"signed_at" text,
	"device_enc" text
);
--> statement-breakpoint
CREATE TABLE "labour_contracts" (
	"id" text PRIMARY KEY NOT NULL,
	"contract_number" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"employer_id" text NOT NULL,
	"employer_name" text NOT NULL,
	"employer_credit_code" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"worker_name_enc" text NOT NULL,
	"worker_id_number_enc" text NOT NULL,
	"worker_id_number_index" text NOT NULL,
	"worker_user_id" text,
	"region_code" text NOT NULL,
	"terms_enc" text NOT NULL,
	"position" text NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text,
	"version" integer NOT NULL,
	"read_version" integer,
	"ended_on" text,
	"keep_until" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contract_documents" ADD CONSTRAINT "contract_documents_contract_id_labour_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."labour_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_events" ADD CONSTRAINT "contract_events_contract_id_labour_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."labour_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_events" ADD CONSTRAINT "contract_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_notices" ADD CONSTRAINT "contract_notices_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_notices" ADD CONSTRAINT "contract_notices_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_signatures" ADD CONSTRAINT "contract_signatures_contract_id_labour_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."labour_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_signatures" ADD CONSTRAINT "contract_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "labour_contracts" ADD CONSTRAINT "labour_contracts_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_documents_sha256" ON "contract_documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "contract_events_contract" ON "contract_events" USING btree ("contract_id","at");--> statement-breakpoint
CREATE INDEX "contract_signatures_contract" ON "contract_signatures" USING btree ("contract_id","signer");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_signatures_one" ON "contract_signatures" USING btree ("contract_id","signer") WHERE "contract_signatures"."signed_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "labour_contracts_number" ON "labour_contracts" USING btree ("contract_number");--> statement-breakpoint
CREATE INDEX "labour_contracts_employer" ON "labour_contracts" USING btree ("employer_id","updated_at");--> statement-breakpoint
CREATE INDEX "labour_contracts_worker_id" ON "labour_contracts" USING btree ("worker_id_number_index","updated_at");