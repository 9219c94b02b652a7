using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations.Safety;

/// <summary>
/// Marker options whose validation is the production safety check. Validated on start
/// (<c>ValidateOnStart</c>), so the host fails before it serves a single request and the
/// process exits non-zero with every violated setting in the message.
/// </summary>
internal sealed class ProductionSafetyOptions;

/// <summary>
/// Applies <see cref="ProductionSafetyRules"/> in every environment but Development (decision 115):
/// Staging, Test or a misspelt name is refused like Production, so safety does not depend on the
/// environment being called Production.
/// </summary>
internal sealed class ProductionSafetyValidator(IConfiguration configuration, IHostEnvironment environment)
    : IValidateOptions<ProductionSafetyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProductionSafetyOptions options)
    {
        if (environment.IsDevelopment())
        {
            return ValidateOptionsResult.Skip;
        }

        var violations = ProductionSafetyRules.FindViolations(configuration);
        var refused = $"Start-up refused in the {environment.EnvironmentName} environment (the production rules apply to every environment but Development): ";
        return violations.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(violations.Select(v => refused + v));
    }
}
