import { graphql } from "../gql";

/**
 * A province's figures of one year as the dashboard and the one-page summary
 * both show them: tasks and reports by state, each lead agency's on-time
 * shares, and what each department recorded. Asked with the operation's
 * `$year`.
 */
export const ProvinceYearFigures = graphql(/* GraphQL */ `
  fragment ProvinceYearFigures on Province {
    planSummary(year: $year) {
      tasks
      overdueTasks
      tasksByStatus {
        status
        count
      }
      reportsOnTime
      reportsLate
      reportsMissing
      reportsPending
      reportsDeadlineUnknown
    }
    agencyPerformance(year: $year) {
      agency {
        id
        code
        name
      }
      current {
        ...YearFigures
      }
      previous {
        ...YearFigures
      }
    }
    tradeSummary(year: $year) {
      tradeEvents
      investmentProjects
    }
    tourismSummary(year: $year) {
      culturalEvents
      promotionCampaigns
      publications
    }
    foreignAffairsSummary(year: $year) {
      pressVisits
      delegations
      mediaItems
    }
    borderSummary(year: $year) {
      outreachSessions
      informationPoints
    }
  }
`);
