using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>Text elements shared by the attestation cards.</summary>
internal static class AttestationCardParts
{
    public static TextBlock Heading(string value) =>
        new(value) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    public static TextBlock Paragraph(string value, bool subtle = false) =>
        new(value) { Wrap = true, IsSubtle = subtle ? true : null };

    public static TextBlock Error(string id, string value) =>
        new(value) { Id = id, Wrap = true, Color = TextColor.Attention, Spacing = Spacing.Small };
}
