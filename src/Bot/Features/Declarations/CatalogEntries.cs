using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Domain.Declarations;

namespace ComplianceBot.Bot.Features.Declarations;

internal sealed class GiftFormEntry(GiftFormCard form) : ICardCatalogEntry
{
    public string Name => "gift-form";

    public AdaptiveCard CreateSample() => form.Build();
}

/// <summary>The gift form as it comes back with errors and the typed values kept.</summary>
internal sealed class GiftFormErrorsEntry(GiftFormCard form, FormValidator validator) : ICardCatalogEntry
{
    public string Name => "gift-form-errors";

    public AdaptiveCard CreateSample()
    {
        var typed = new Dictionary<string, string?>
        {
            [GiftFormCard.Direction] = "Received", [GiftFormCard.Occasion] = "Conference", [GiftFormCard.Value] = "-5",
        };
        return validator.Validate(form.Build(), typed, form.RuleErrors(typed)).Card;
    }
}

internal sealed class GiftReceiptEntry(ReceiptCards receipts) : ICardCatalogEntry
{
    public string Name => "gift-receipt";

    public AdaptiveCard CreateSample() => receipts.Gift(CatalogSamples.Gift());
}

internal sealed class ConflictFormEntry(ConflictFormCard form) : ICardCatalogEntry
{
    public string Name => "conflict-form";

    public AdaptiveCard CreateSample() => form.Build(CatalogSamples.Conflict());
}

internal sealed class ConflictReceiptEntry(ReceiptCards receipts) : ICardCatalogEntry
{
    public string Name => "conflict-receipt";

    public AdaptiveCard CreateSample() => receipts.Conflict(CatalogSamples.Conflict());
}

internal sealed class MyDeclarationsEntry(MyDeclarationsCard card) : ICardCatalogEntry
{
    public string Name => "my-declarations";

    public AdaptiveCard CreateSample() => card.Build([CatalogSamples.Gift(), CatalogSamples.Gift(decided: true)], [CatalogSamples.Conflict(assessed: true)]);
}

internal sealed class GiftReviewEntry(ReviewCards cards) : ICardCatalogEntry
{
    public string Name => "gift-review";

    public AdaptiveCard CreateSample() => cards.Gift(CatalogSamples.Gift(), ReviewerRole.Officer);
}

internal sealed class GiftReviewDecidedEntry(ReviewCards cards) : ICardCatalogEntry
{
    public string Name => "gift-review-decided";

    public AdaptiveCard CreateSample() => cards.Gift(CatalogSamples.Gift(decided: true), ReviewerRole.Officer);
}

internal sealed class GiftReviewDirectorEntry(ReviewCards cards) : ICardCatalogEntry
{
    public string Name => "gift-review-director";

    public AdaptiveCard CreateSample() => cards.Gift(CatalogSamples.Gift(), ReviewerRole.Director);
}

internal sealed class ConflictReviewEntry(ReviewCards cards) : ICardCatalogEntry
{
    public string Name => "conflict-review";

    public AdaptiveCard CreateSample() => cards.Conflict(CatalogSamples.Conflict(), ReviewerRole.Officer);
}

internal sealed class ConflictReviewAssessedEntry(ReviewCards cards) : ICardCatalogEntry
{
    public string Name => "conflict-review-assessed";

    public AdaptiveCard CreateSample() => cards.Conflict(CatalogSamples.Conflict(assessed: true), ReviewerRole.Officer);
}

internal sealed class GiftDecisionNoticeEntry(DecisionNoticeCards cards) : ICardCatalogEntry
{
    public string Name => "gift-decision-notice";

    public AdaptiveCard CreateSample() => cards.Gift(CatalogSamples.Gift(decided: true));
}

internal sealed class ConflictDecisionNoticeEntry(DecisionNoticeCards cards) : ICardCatalogEntry
{
    public string Name => "conflict-decision-notice";

    public AdaptiveCard CreateSample() => cards.Conflict(CatalogSamples.Conflict(assessed: true));
}
