namespace ComplianceBot.Bot.Resources.Declarations;

/// <summary>
/// Marker type for the declaration and officer texts: DeclarationStrings.resx (English), .ru.resx and .kk.resx.
/// Keys are <c>Area_Purpose</c>, enum texts <c>EnumType_Value</c>, and refused register rules by their
/// <c>DomainMessageKeys</c> value (e.g. <c>Domain.Declaration.AlreadyDecided</c>).
/// </summary>
public sealed class DeclarationStrings
{
    private DeclarationStrings()
    {
    }
}
