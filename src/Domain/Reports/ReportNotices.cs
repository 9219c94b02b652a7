using System.Text.Json;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// The director's notices (Reg. 23.3) and the escalation to the authorized body (Reg. 29, 23.4), as outbox rows
/// in the caller's unit of work. A notice carries number, category, date and status only: no identity and no
/// free text. A report that implicates the director produces no director notice at all, ever. The director's notices
/// name a report by its <see cref="DirectorReference"/>, never by its register number, so they show no numbering gaps
/// (Reg. 29, decision 119).
/// </summary>
public sealed class ReportNotices(RegistersDbContext db, RegisterClock clock, IOptions<OrganizationOptions> options, DirectorDigest digest)
{
    /// <summary>The idempotency keys of the director's mails and Teams cards about a report begin so and name its id.</summary>
    public const string DirectorMailKeyPrefix = "director-mail:";
    public const string DirectorCardKeyPrefix = "director-card:";

    /// <summary>The idempotency keys of the agency's escalation mail and of the officers' new-report cards name the report too.</summary>
    public const string AuthorizedBodyMailKeyPrefix = "authorized-body-mail:";
    public const string NewReportCardKeyPrefix = "report-new:";

    /// <summary>Every notice a filing queues; held together until an anonymous filing's release moment (decision 119).</summary>
    public static readonly IReadOnlyList<string> FilingKeyPrefixes =
        [NewReportCardKeyPrefix, DirectorCardKeyPrefix, DirectorMailKeyPrefix, AuthorizedBodyMailKeyPrefix];
    /// <summary>The recipient of an escalation queued before Organization:AuthorizedBodyEmail is set; the handler reads the setting.</summary>
    public const string UnconfiguredAuthorizedBody = "authorized-body";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether a notice about <paramref name="report"/> may be queued for the director (<see cref="DirectorVisibility"/>, Reg. 29).</summary>
    public bool DirectorMayKnow(ConfidentialReport report) =>
        DirectorVisibility.MayKnow(report) && !string.IsNullOrWhiteSpace(options.Value.DirectorAadObjectId);

    public string? DirectorAadObjectId => options.Value.DirectorAadObjectId;

    /// <summary>Whether a notice of <paramref name="type"/> waits for the daily digest instead of going at once (decision 104).</summary>
    public bool WaitsForDigest(DirectorNoticeType type) => digest.Holds(type.ToString());

    /// <summary>A report was just filed and numbered: notify the director, or escalate when the reporter implicated them.</summary>
    /// <param name="report">The report, saved and numbered.</param>
    /// <param name="releaseAt">
    /// When the notice may leave and the time it carries: for an anonymous report the moment that
    /// <see cref="AnonymousNoticeRelease"/> drew, never the filing time (Reg. 23.2, decision 119); now when omitted.
    /// </param>
    public void ReportFiled(ConfidentialReport report, DateTimeOffset? releaseAt = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var at = releaseAt ?? clock.Now;
        if (!DirectorVisibility.MayKnow(report))
        {
            Escalate(report, null, at);
            // Stryker disable once Statement : equivalent — DirectorNotice checks DirectorMayKnow again and adds nothing for this report
            return;
        }

        DirectorNotice(report, DirectorNoticeType.ReportFiled, at);
    }

    /// <summary>
    /// Reg. 23.3: each case outcome reaches the director, unless the director is implicated. Reg. 23.4: a case closed
    /// as referred to the authorized body is sent there (register number, category, date), unless it already went
    /// there as an escalation (Reg. 29).
    /// </summary>
    /// <remarks>The notice names the outcome (Reg. 23.3) and nothing of the feedback or the reporter (invariant 1).</remarks>
    public void ReportClosed(ConfidentialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        DirectorNotice(report, DirectorNoticeType.ReportClosed, clock.Now, outcome: report.Outcome?.ToString());
        if (report.Outcome == ReportOutcome.ReferredToAuthorizedBody && !report.IsWithAuthorizedBody)
        {
            AuthorizedBodyMail(report, clock.Now, $"{AuthorizedBodyMailKeyPrefix}{report.Id}:referred");
        }
    }

    /// <summary>
    /// Reg. 22.4, 23.3: an employee asked for a written explanation let the deadline pass — a possible violation the
    /// director learns of once per request (reference, category, date, status; no name, no question), unless the report
    /// implicates the director (Reg. 29). False when nothing was queued (already told, or the director may not know).
    /// </summary>
    public async Task<bool> ExplanationOverdueAsync(ConfidentialReport report, ExplanationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(request);
        var suffix = $":{request.Id}";
        var key = $"{DirectorMailKeyPrefix}{DirectorNoticeType.ExplanationOverdue}:{report.Id}{suffix}";
        if (!DirectorMayKnow(report) || !request.IsOverdue(clock.Today)
            || db.OutboxMessages.Local.Any(m => m.IdempotencyKey == key) || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == key, ct))
        {
            return false;
        }

        DirectorNotice(report, DirectorNoticeType.ExplanationOverdue, clock.Now, suffix);
        return true;
    }

    /// <summary>
    /// Reg. 23.4: the officer sends the case to the authorized body with a summary they wrote (register number, category,
    /// date, status, outcome and the summary; never the reporter's identity, invariant 1). Refused when the authorized
    /// body already has it (<see cref="ConfidentialReport.SentToAuthorizedBodyOnce"/>). Same delivery path as the
    /// escalation: without an address yet the row waits (decision 123).
    /// </summary>
    public void SendToAuthorizedBody(ConfidentialReport report, ActiveOfficer officer, string summary)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = Guard.Text(summary, CaseSummaryMaxLength, nameof(summary));
        report.SendToAuthorizedBody(officer, clock.Now);
        AuthorizedBodyMail(report, clock.Now, $"{AuthorizedBodyMailKeyPrefix}{report.Id}:sent",
            DirectorNoticeKinds.SentToAuthorizedBody, report.Status.ToString(), report.Outcome?.ToString(), text);
    }

    /// <summary>The longest case summary an officer sends to the authorized body.</summary>
    public const int CaseSummaryMaxLength = 4000;

    /// <summary>
    /// No officer with a current appointment may handle the report (all recused under Reg. 24.1, 24.2, 24.6, or none
    /// appointed): the director is asked to appoint one (Reg. 15, 17) — number, category and date only, no identity and
    /// no text (Reg. 23.2). Never when the director is implicated (Reg. 29): that report is with the authorized body.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="releaseAt">At filing, the moment the filing's other notices leave (decision 119); now when omitted.</param>
    public void CaseNeedsOfficer(ConfidentialReport report, DateTimeOffset? releaseAt = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        DirectorNotice(report, DirectorNoticeType.CaseNeedsOfficer, releaseAt ?? clock.Now, $":{report.Transitions.Count}");
    }

    /// <summary>
    /// Reg. 29: the officer found the director implicated; mark it and escalate in the same unit of work. A notice to the
    /// director about this report that has not left yet — an anonymous filing's notices wait for their release moment
    /// (decision 119) — is withdrawn in that unit of work too: otherwise it would still arrive, and the report's
    /// disappearance from the director's view afterwards would tell the director they are implicated.
    /// </summary>
    public async Task DirectorImplicatedByOfficerAsync(ConfidentialReport report, ActiveOfficer officer, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.MarkDirectorImplicated(officer, reason, clock.Now);
        Escalate(report, officer, clock.Now);
        await WithdrawUnsentDirectorNoticesAsync(report.Id, ct);
    }

    /// <summary>
    /// Deletes the director's mails and cards about <paramref name="reportId"/> still waiting in the outbox. One being
    /// handed over right now (its lease is live) is past recall. Held digest items need nothing: the digest checks
    /// again that the director may know (decision 104).
    /// </summary>
    private async Task WithdrawUnsentDirectorNoticesAsync(Guid reportId, CancellationToken ct)
    {
        var now = clock.Now;
        var id = reportId.ToString();
        var waiting = await db.OutboxMessages
            .Where(m => m.DeliveredAt == null && m.FailedAt == null
                && (m.IdempotencyKey.StartsWith(DirectorMailKeyPrefix) || m.IdempotencyKey.StartsWith(DirectorCardKeyPrefix))
                && m.IdempotencyKey.Contains(id))
            .ToListAsync(ct);
        db.OutboxMessages.RemoveRange(waiting.Where(m => m.LeaseExpiresAt is not { } lease || lease <= now));
    }

    private void DirectorNotice(ConfidentialReport report, DirectorNoticeType type, DateTimeOffset at, string keySuffix = "", string? outcome = null)
    {
        if (!DirectorMayKnow(report))
        {
            return;
        }

        // A case outcome may wait for the daily digest; the digest checks again that the director may know (Reg. 29).
        // Reg. 29: the director's reference, not the register number, so the director's notices show no gaps (decision 119).
        RequireNumber(report);
        var reference = DirectorReference.For(report.Id);
        // A closed case's digest line shows its outcome in the status column (the type already says "closed").
        if (digest.TryHold(type.ToString(), reference, report.Category.ToString(), report.FiledOn, outcome ?? report.Status.ToString(), report.Id.ToString(), report.Id))
        {
            return;
        }

        // Reg. 23.3: eventAt is when the notice is released; the delivery target counts from it.
        var payload = new DirectorNoticePayload(type.ToString(), reference, report.Category.ToString(),
            report.FiledOn, report.Status.ToString(), at) { Outcome = outcome };
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.DirectorMail, options.Value.DirectorAadObjectId!,
            JsonSerializer.Serialize(payload, Json), $"{DirectorMailKeyPrefix}{type}:{report.Id}{keySuffix}", at, at));
    }

    private void Escalate(ConfidentialReport report, ActiveOfficer? officer, DateTimeOffset at)
    {
        report.RecordEscalation(officer, clock);
        AuthorizedBodyMail(report, at, $"{AuthorizedBodyMailKeyPrefix}{report.Id}");
    }

    private void AuthorizedBodyMail(
        ConfidentialReport report, DateTimeOffset at, string key, string noticeType = DirectorNoticeKinds.EscalatedToAuthorizedBody,
        string? status = null, string? outcome = null, string? summary = null)
    {
        // Always written (Reg. 29, 23.4): without an address yet the row waits, and is sent once the address is set.
        var to = string.IsNullOrWhiteSpace(options.Value.AuthorizedBodyEmail) ? UnconfiguredAuthorizedBody : options.Value.AuthorizedBodyEmail;
        var payload = new AuthorizedBodyPayload(noticeType, RequireNumber(report), report.Category.ToString(), report.FiledOn, at)
        {
            Status = status, Outcome = outcome, Summary = summary,
        };
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.AuthorizedBodyMail, to,
            JsonSerializer.Serialize(payload, Json), key, at, at));
    }

    private static string RequireNumber(ConfidentialReport report) =>
        report.Number ?? throw new InvalidOperationException("Save the report first: notices carry its register number.");
}
