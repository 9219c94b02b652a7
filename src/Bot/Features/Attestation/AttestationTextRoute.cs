using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.Attestation;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>"attestation" / "аттестация" / "аттестаттау" from an officer: the start form, then each open campaign's progress.</summary>
internal sealed class AttestationTextRoute(
    OfficerRoster roster, AttestationRegister register, RegistersDbContext db, OfficerAttestationCards cards,
    EmployeeAttestationCards notices, IStringLocalizer<AttestationStrings> text) : ITextCommandRoute
{
    public IReadOnlyCollection<string> Commands => AttestationVerbs.Commands;

    public async Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            await roster.RequireActiveAsync(turn.Activity.From?.AadObjectId ?? "", cancellationToken);
        }
        catch (DomainRuleException)
        {
            var card = notices.Notice(DateTime.UtcNow.Year, text.Require("Attestation_NotOfficer"));
            card.Body.RemoveAt(0);
            await turn.SendCardAsync(card, cancellationToken);
            return;
        }

        foreach (var campaign in await register.OpenCampaignsAsync(cancellationToken))
        {
            await register.ReconcileDeclarationsAsync(campaign, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await turn.SendCardAsync(cards.Progress(await register.ProgressAsync(campaign, cancellationToken)), cancellationToken);
        }

        await turn.SendCardAsync(cards.StartForm(await DepartmentsAsync(db, cancellationToken)), cancellationToken);
    }

    public static async Task<IReadOnlyList<string>> DepartmentsAsync(RegistersDbContext db, CancellationToken cancellationToken) =>
        await db.Employees.AsNoTracking().Where(e => e.Department != null).Select(e => e.Department!).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
}
