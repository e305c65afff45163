import { Migration } from '@mikro-orm/migrations';

/**
 * Statistics after a large import when the server runs as a role that does not own the tables
 * (DATABASE_OWNER_URL): PostgreSQL lets only a table's owner ANALYZE it, and skips the others with a
 * warning, so until autovacuum came by the planner kept planning from the tables as they were before
 * the import. This function runs as its owner, the role that migrates; it only analyses tables of
 * the `public` schema, named or all of them. The runtime role is granted EXECUTE at start.
 */
export class Migration20261202200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function carenet_analyze(tables text[]) returns void
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare t text;
begin
  if tables is null then
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1 loop
      execute format('analyze public.%I', t);
    end loop;
  else
    foreach t in array tables loop
      if to_regclass(format('public.%I', t)) is null then
        raise exception 'carenet_analyze: there is no table public.%', t;
      end if;
      execute format('analyze public.%I', t);
    end loop;
  end if;
end $$;`);
    // A security-definer function is not for everyone: only the owner and the granted runtime role.
    this.addSql('revoke all on function carenet_analyze(text[]) from public;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists carenet_analyze(text[]);');
  }
}
