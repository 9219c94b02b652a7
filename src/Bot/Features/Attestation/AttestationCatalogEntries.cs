using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Samples;

namespace ComplianceBot.Bot.Features.Attestation;

internal sealed class AttestationAskCardEntry(EmployeeAttestationCards cards) : ICardCatalogEntry
{
    public string Name => "attestation-ask";

    public AdaptiveCard CreateSample() => cards.Ask(Guid.Empty, 2026, 0);
}

internal sealed class AttestationReminderCardEntry(EmployeeAttestationCards cards) : ICardCatalogEntry
{
    public string Name => "attestation-reminder";

    public AdaptiveCard CreateSample() => cards.Ask(Guid.Empty, 2026, 2);
}

internal sealed class AttestationStartCardEntry(OfficerAttestationCards cards) : ICardCatalogEntry
{
    public string Name => "attestation-start";

    public AdaptiveCard CreateSample() => cards.StartForm([SampleText.User("Finance"), SampleText.User("Procurement")], new StartFormState("1999", "departments", "", "Enter a year between 2000 and 2100.", "Choose at least one department."));
}

internal sealed class AttestationProgressCardEntry(OfficerAttestationCards cards, TimeProvider time) : ICardCatalogEntry
{
    public string Name => "attestation-progress";

    public AdaptiveCard CreateSample()
    {
        var campaign = new CampaignView(Guid.Empty, 2026, CampaignStatus.Open, time.GetUtcNow(), null, []);
        return cards.Progress(campaign, new AttestationTally(120, 4, 30),
            [(SampleText.User("Procurement"), new AttestationTally(40, 3, 20)), (SampleText.User("Finance"), new AttestationTally(80, 1, 10)), (null, new AttestationTally(0, 0, 0))]);
    }
}

internal sealed class AttestationAnsweredCardEntry(EmployeeAttestationCards cards) : ICardCatalogEntry
{
    public string Name => "attestation-answered";

    public AdaptiveCard CreateSample() => cards.Notice(2026, "Recorded.", Cards.Model.TextColor.Good);
}
