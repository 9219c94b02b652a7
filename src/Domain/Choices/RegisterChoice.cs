using System.Globalization;

namespace ComplianceBot.Domain.Choices;

/// <summary>
/// One entry of a list the director sets (Reg. 10): the key stored in the registers and its label in each language.
/// The built-in defaults carry no labels here: theirs are in the bot's kk/ru/en resources under the same key.
/// </summary>
public sealed class RegisterChoice
{
    /// <summary>The register columns holding a key are this long.</summary>
    public const int KeyMaxLength = 40;

    public string Key { get; set; } = "";

    public string? Kk { get; set; }

    public string? Ru { get; set; }

    public string? En { get; set; }

    /// <summary>Report categories only: suspected offence or ethics breach (Reg. 5.4).</summary>
    public ReportCategoryClass? Class { get; set; }

    /// <summary>The configured label in <paramref name="culture"/>'s language (English for any other); null for a default.</summary>
    public string? Label(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var label = culture.TwoLetterISOLanguageName switch
        {
            "kk" => Kk,
            "ru" => Ru,
            _ => En,
        };
        return string.IsNullOrWhiteSpace(label) ? null : label;
    }
}
