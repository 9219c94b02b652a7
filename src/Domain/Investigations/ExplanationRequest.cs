using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// A written explanation the officer demands from an employee during a review (Reg. 22.4): who, about which
/// report, by when, and the answer. The answer is given once, by the addressee only, and goes into the case.
/// </summary>
public sealed class ExplanationRequest : AuditedAggregate
{
    public const int TextMaxLength = 8000;
    public static readonly DomainRule DeadlineMustBeAfterToday = new("ExplanationDeadlineMustBeAfterToday", "22.4", DomainMessageKeys.ExplanationDueDateInvalid);
    public static readonly DomainRule OnlyAddresseeAnswers = new("OnlyTheEmployeeAskedGivesTheExplanation", "22.4", DomainMessageKeys.ExplanationNotAddressee);
    public static readonly DomainRule AnsweredOnce = new("ExplanationIsGivenOnce", "22.4", DomainMessageKeys.ExplanationAlreadyAnswered);

    private ExplanationRequest()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        EmployeeAadObjectId = EmployeeName = Question = RequestedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string EmployeeAadObjectId { get; private set; }
    public string EmployeeName { get; private set; }
    public string Question { get; private set; }
    public string RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Last day to answer, inclusive, in the organisation's calendar.</summary>
    public DateOnly DueOn { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>Reg. 22.4: only the assigned officer of an open report asks, with a deadline after today.</summary>
    public static ExplanationRequest Request(
        ConfidentialReport report, ActiveOfficer officer, Employee employee, string question, DateOnly dueOn, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(clock);
        report.EnsureHandledBy(officer);
        if (dueOn <= clock.Today)
        {
            throw DeadlineMustBeAfterToday.Refusal();
        }

        var request = new ExplanationRequest
        {
            Id = Guid.NewGuid(),
            ReportId = report.Id,
            EmployeeAadObjectId = employee.AadObjectId,
            EmployeeName = employee.DisplayName,
            Question = Guard.Text(question, TextMaxLength, nameof(question)),
            RequestedBy = officer.AadObjectId,
            RequestedAt = clock.Now.ToUniversalTime(),
            DueOn = dueOn,
        };
        request.Audit(officer.AadObjectId, "ExplanationRequested", request.Id.ToString(), $"report {report.Id}, due {dueOn:yyyy-MM-dd}", clock.Now);
        return request;
    }

    /// <summary>The employee's answer; late answers are accepted (and visible as late), a second one is not.</summary>
    public void Give(string employeeAadObjectId, string answer, DateTimeOffset now)
    {
        EnsureAddressee(employeeAadObjectId);

        if (IsAnswered)
        {
            throw AnsweredOnce.Refusal();
        }

        Answer = Guard.Text(answer, TextMaxLength, nameof(answer));
        AnsweredAt = now.ToUniversalTime();
        Audit(employeeAadObjectId, "ExplanationGiven", Id.ToString(), null, now);
    }

    /// <summary>Refuses anyone but the employee asked (Reg. 22.4); checked before the question is shown (decision 121).</summary>
    public void EnsureAddressee(string employeeAadObjectId)
    {
        if (employeeAadObjectId != EmployeeAadObjectId)
        {
            throw OnlyAddresseeAnswers.Refusal();
        }
    }

    /// <summary>Unanswered after the last day.</summary>
    public bool IsOverdue(DateOnly today) => !IsAnswered && today > DueOn;
}
