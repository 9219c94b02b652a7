using System.Globalization;
using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>The few element shapes the declaration cards repeat.</summary>
internal static class CardParts
{
    public static TextBlock Heading(string value) =>
        new(value) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    public static TextBlock Paragraph(string value, bool subtle = false, TextColor? color = null, bool bold = false) =>
        new(value) { Wrap = true, IsSubtle = subtle ? true : null, Color = color, Weight = bold ? TextWeight.Bolder : null };

    public static TextBlock Notice(string value, TextColor color) =>
        new(value) { Wrap = true, Color = color, Weight = TextWeight.Bolder };

    public static FactSet Facts(params (string Title, string? Value)[] facts) => new()
    {
        Facts = [.. facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new Fact(f.Title, f.Value!))],
    };

    public static string Money(decimal kzt) => string.Create(CultureInfo.CurrentCulture, $"{kzt:#,0.##} ₸");

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset local) => local.ToString("g", CultureInfo.CurrentCulture);
}
