
namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>The card-action verbs of the declaration flows (the start verbs are in <c>CardVerbs</c>, the menu's).</summary>
public static class DeclarationVerbs
{
    public const string GiftSubmit = "gift.submit";
    public const string GiftAmend = "gift.amend";
    public const string GiftDecide = "gift.decide";
    public const string ConflictSubmit = "conflict.submit";
    public const string ConflictAmend = "conflict.amend";
    public const string ConflictAssess = "conflict.assess";
    public const string RegistersShow = "registers.show";
    public const string RegistersExport = "registers.export";

    /// <summary>The data key carrying the declaration's id on amend and decide buttons.</summary>
    public const string DeclarationIdKey = "declarationId";
}
