using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Conversation.Language;

/// <summary>The organisation's default language, for users whose locale the bot does not speak.</summary>
public sealed class LanguageOptions
{
    public const string SectionName = "Organization";

    [Required]
    [RegularExpression("^(kk|ru|en)$", ErrorMessage = "Organization:DefaultLanguage must be kk, ru or en.")]
    public string DefaultLanguage { get; set; } = BotLanguages.Kazakh;
}
