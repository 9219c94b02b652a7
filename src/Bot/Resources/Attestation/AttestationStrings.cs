namespace ComplianceBot.Bot.Resources.Attestation;

/// <summary>
/// Marker type for the attestation texts: AttestationStrings.resx (English), .ru.resx and .kk.resx, read
/// through <c>IStringLocalizer&lt;AttestationStrings&gt;</c>. Also holds kk/ru/en texts of the
/// <c>Domain.Attestation.*</c> rule keys, so refusals are shown in the user's language.
/// </summary>
public sealed class AttestationStrings
{
    private AttestationStrings()
    {
    }
}
