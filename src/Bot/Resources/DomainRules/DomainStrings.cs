namespace ComplianceBot.Bot.Resources.DomainRules;

/// <summary>
/// Marker type for the kk/ru/en texts of the registers' rule violations: one entry per
/// <c>ComplianceBot.Domain.DomainMessageKeys</c> key, named by the key itself.
/// </summary>
public sealed class DomainStrings
{
    private DomainStrings()
    {
    }
}
