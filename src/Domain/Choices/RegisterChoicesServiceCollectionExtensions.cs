using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Choices;

public static class RegisterChoicesServiceCollectionExtensions
{
    /// <summary>
    /// The director's lists (Reg. 10) from <c>Registers</c>, checked at start-up. Needs no register, so the card export
    /// has them too; a second call adds nothing (binding twice would list every configured entry twice).
    /// </summary>
    public static IServiceCollection AddRegisterChoices(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(RegisterChoices)))
        {
            return services;
        }

        services.AddOptions<RegisterChoicesOptions>().BindConfiguration(RegisterChoicesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RegisterChoicesOptions>, RegisterChoicesValidation>();
        return services.AddSingleton<RegisterChoices>();
    }
}
