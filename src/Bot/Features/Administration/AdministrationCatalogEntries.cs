using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Samples;

namespace ComplianceBot.Bot.Features.Administration;

internal sealed class RegistersEntry(RegistersCard card) : ICardCatalogEntry
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public string Name => "registers";

    public AdaptiveCard CreateSample() => card.Build(new RegisterFilter(null, null, null, null, null), Rows());

    private static IReadOnlyList<RegisterRow> Rows() =>
    [
        new(RegisterType.Gift, "G-2026-0001", "aad-1", Filed, DeclarationStatus.Pending, 1, SampleText.User("A leather briefcase"), 25_000m, null, null, null),
        new(RegisterType.Conflict, "C-2026-0001", "aad-2", Filed.AddDays(1), DeclarationStatus.Decided, 1, SampleText.User("Brother owns a bidder"), null, "Potential", "Relative", Filed.AddDays(3)),
    ];
}

internal sealed class ExportReadyEntry(ExportReadyCard card) : ICardCatalogEntry
{
    public string Name => "register-export-ready";

    public AdaptiveCard CreateSample() => card.Build(new Uri("https://compliancebot.example.kz/exports/sample-token"), new DateTimeOffset(2026, 3, 2, 9, 45, 0, TimeSpan.Zero));
}
