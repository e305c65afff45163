import { graphql } from '@/gql';

/** Classes by part of their code or name (any case), for the class filter's suggestions. */
export const SEARCH_CLASSES = graphql(`
  query SearchClasses($search: String!, $collegeCode: String, $level: NetworkLevel) {
    searchClasses(search: $search, collegeCode: $collegeCode, level: $level, first: 20) {
      id
      code
      name
    }
  }
`);
