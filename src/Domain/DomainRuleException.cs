namespace ComplianceBot.Domain;

/// <summary>
/// A register rule refused a change. <see cref="Rule"/> names the invariant (for logs and
/// tests); <see cref="MessageKey"/> is a key from <see cref="DomainMessageKeys"/> that the bot
/// translates into kk/ru/en — the exception message itself is for operators only.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException()
        : this("Unspecified", DomainMessageKeys.RuleViolated)
    {
    }

    public DomainRuleException(string message)
        : this("Unspecified", DomainMessageKeys.RuleViolated, message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "Unspecified";
        MessageKey = DomainMessageKeys.RuleViolated;
    }

    public DomainRuleException(string rule, string messageKey, string? detail = null)
        : base($"Rule {rule} refused the change: {detail ?? DomainMessages.English(messageKey)}")
    {
        Rule = rule;
        MessageKey = messageKey;
    }

    public string Rule { get; }

    public string MessageKey { get; }
}
