using System.Globalization;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>Turns a form that passed <c>FormValidator</c> into the register's details record.</summary>
internal static class FormReaders
{
    public static GiftDetails Gift(IReadOnlyDictionary<string, string?> inputs) => new(
        Enum.Parse<GiftDirection>(inputs[GiftFormCard.Direction]!),
        DateOnly.ParseExact(inputs[GiftFormCard.GiftDate]!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Optional(inputs, GiftFormCard.Person),
        Optional(inputs, GiftFormCard.Organisation),
        inputs.GetValueOrDefault(GiftFormCard.Counterparty) == "true",
        inputs[GiftFormCard.Occasion]!.Trim(),
        inputs[GiftFormCard.Description]!.Trim(),
        decimal.Parse(inputs[GiftFormCard.Value]!.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture),
        Enum.Parse<GiftWhereabouts>(inputs[GiftFormCard.Whereabouts]!));

    public static ConflictDetails Conflict(IReadOnlyDictionary<string, string?> inputs) => new(
        new ConflictArea(inputs[ConflictFormCard.Area]!),
        inputs[ConflictFormCard.Interest]!.Trim(),
        Optional(inputs, ConflictFormCard.Related),
        inputs[ConflictFormCard.Process]!.Trim());

    public static VersionKind Kind(IReadOnlyDictionary<string, string?> inputs) =>
        Enum.Parse<VersionKind>(inputs[GiftFormCard.VersionKind]!);

    /// <summary>The declaration id an amend or decide button carries; null when absent or malformed.</summary>
    public static Guid? DeclarationId(IReadOnlyDictionary<string, string?> inputs) =>
        Guid.TryParse(inputs.GetValueOrDefault(DeclarationVerbs.DeclarationIdKey), out var id) ? id : null;

    public static string? Optional(IReadOnlyDictionary<string, string?> inputs, string id) =>
        inputs.GetValueOrDefault(id) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
