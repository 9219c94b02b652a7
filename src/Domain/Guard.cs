namespace ComplianceBot.Domain;

/// <summary>Field checks that refuse with a translatable <see cref="DomainRuleException"/>.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string field) =>
        OptionalText(value, maxLength, field)
        ?? throw new DomainRuleException("FieldIsRequired", DomainMessageKeys.RequiredFieldMissing, $"{field} is required");

    public static string? OptionalText(string? value, int maxLength, string field)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return trimmed is not null && trimmed.Length > maxLength
            ? throw new DomainRuleException("FieldFitsItsColumn", DomainMessageKeys.FieldTooLong, $"{field} exceeds {maxLength} characters")
            : trimmed;
    }
}
