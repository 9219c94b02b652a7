using System.Text.Json;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Notices;

/// <summary>
/// Reg. 14.12, 23.3: an actual conflict of interest found by the officer is a possible violation the director learns of
/// at once — register number, category, filing date and status; no name, no text (invariant 1). The director's own
/// conflict implicates the director (Reg. 29, <see cref="DirectorVisibility"/>): it goes to the authorized body instead
/// (invariant 2), on the escalation's path (decision 123). A potential conflict or none notifies nobody.
/// </summary>
public sealed class ActualConflictNotice(RegistersDbContext db, RegisterClock clock, IOptions<OrganizationOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The idempotency key of the director's mail (and, with the card prefix, card) about the declaration.</summary>
    public static string DirectorKey(string prefix, Guid declarationId) => $"{prefix}{DirectorNoticeKinds.ActualConflict}:{declarationId}";

    /// <summary>Queues the notice after <c>ConflictOfInterestDeclaration.Assess</c>; the payload when it went to the director, else null.</summary>
    public DirectorNoticePayload? Assessed(ConflictOfInterestDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Assessment is not { Level: ConflictLevel.Actual })
        {
            return null;
        }

        var now = clock.Now;
        var number = declaration.Number ?? throw new InvalidOperationException("Save the declaration first: the notice carries its number.");
        var filedOn = clock.DateOf(declaration.FiledAt);
        var settings = options.Value;
        if (!DirectorVisibility.MayKnowOfDeclarant(declaration.DeclarantAadObjectId, settings.DirectorAadObjectId))
        {
            var to = string.IsNullOrWhiteSpace(settings.AuthorizedBodyEmail) ? ReportNotices.UnconfiguredAuthorizedBody : settings.AuthorizedBodyEmail;
            var escalation = new AuthorizedBodyPayload(DirectorNoticeKinds.ActualConflictOfDirector, number, nameof(ReportCategory.ConflictOfInterest), filedOn, now);
            db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.AuthorizedBodyMail, to, JsonSerializer.Serialize(escalation, Json),
                $"{ReportNotices.AuthorizedBodyMailKeyPrefix}{declaration.Id}:{DirectorNoticeKinds.ActualConflict}", now, now));
            return null;
        }

        if (string.IsNullOrWhiteSpace(settings.DirectorAadObjectId))
        {
            return null;
        }

        var payload = new DirectorNoticePayload(DirectorNoticeKinds.ActualConflict, number, nameof(ReportCategory.ConflictOfInterest),
            filedOn, declaration.Status.ToString(), now);
        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.DirectorMail, settings.DirectorAadObjectId,
            JsonSerializer.Serialize(payload, Json), DirectorKey(ReportNotices.DirectorMailKeyPrefix, declaration.Id), now, now));
        return payload;
    }
}
