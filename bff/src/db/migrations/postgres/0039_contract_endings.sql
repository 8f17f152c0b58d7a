CREATE TABLE "contract_endings" (
	"contract_id" text PRIMARY KEY NOT NULL,
	"ground" text NOT NULL,
	"last_day" text NOT NULL,
	"reason_enc" text,
	"by_user_id" text NOT NULL,
	"recorded_at" text NOT NULL,
	"certificate_number" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"pdf_enc" "bytea" NOT NULL,
	"timestamp" jsonb NOT NULL,
	"timestamped_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contract_endings" ADD CONSTRAINT "contract_endings_contract_id_labour_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."labour_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_endings" ADD CONSTRAINT "contract_endings_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_endings_number" ON "contract_endings" USING btree ("certificate_number");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_endings_sha256" ON "contract_endings" USING btree ("sha256");