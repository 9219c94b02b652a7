
namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>Card-action verbs of the annual attestation (Reg. 14.12).</summary>
public static class AttestationVerbs
{
    public const string Start = "attestation.start";
    public const string Progress = "attestation.progress";
    public const string Close = "attestation.close";
    public const string NoConflict = "attestation.noconflict";

    /// <summary>Data keys carried by the buttons.</summary>
    public const string CampaignKey = "campaign";

    /// <summary>Which card of the person's carried the button: 0 the first, n the n-th reminder.</summary>
    public const string CardKey = "card";

    /// <summary>Text commands that open the officer's attestation card: en, ru, kk.</summary>
    public static IReadOnlyCollection<string> Commands { get; } = ["attestation", "аттестация", "аттестаттау"];
}
