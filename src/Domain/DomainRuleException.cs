using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain;

/// <summary>
/// A register rule refused a change. <see cref="Rule"/> names the invariant, its clause and the key of the text the
/// bot shows (with the clause appended); the exception message itself is for operators only.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException()
        : this(DomainRule.Unspecified)
    {
    }

    public DomainRuleException(string message)
        : this(DomainRule.Unspecified, message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = DomainRule.Unspecified;
    }

    public DomainRuleException(DomainRule rule, string? detail = null)
        : base($"Rule {rule?.Name} (Reg. {rule?.Clause}) refused the change{(detail is null ? "." : ": " + detail)}")
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    public DomainRule Rule { get; }

    public string MessageKey => Rule.MessageKey;

    public string Clause => Rule.Clause;
}
