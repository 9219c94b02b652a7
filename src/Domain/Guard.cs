using ComplianceBot.Domain.Rules;
namespace ComplianceBot.Domain;

/// <summary>Field checks that refuse with a translatable <see cref="DomainRuleException"/>.</summary>
internal static class Guard
{
    public static readonly DomainRule FieldIsRequired = new(nameof(FieldIsRequired), "Inv. 4", DomainMessageKeys.RequiredFieldMissing);
    public static readonly DomainRule FieldFitsItsColumn = new(nameof(FieldFitsItsColumn), "Inv. 4", DomainMessageKeys.FieldTooLong);

    public static string Text(string? value, int maxLength, string field) =>
        OptionalText(value, maxLength, field)
        ?? throw FieldIsRequired.Refusal($"{field} is required");

    public static string? OptionalText(string? value, int maxLength, string field)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return trimmed is not null && trimmed.Length > maxLength
            ? throw FieldFitsItsColumn.Refusal($"{field} exceeds {maxLength} characters")
            : trimmed;
    }
}
