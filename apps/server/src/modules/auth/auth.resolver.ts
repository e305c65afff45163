import { User } from '@carenet/schema';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when not signed in' })
  me(@Ctx() _ctx: Context): User | null {
    // Accounts arrive with the access issue; until then no request is signed in.
    return null;
  }
}
