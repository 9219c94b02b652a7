using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations.Safety;

/// <summary>
/// Marker options whose validation is the production safety check. Validated on start
/// (<c>ValidateOnStart</c>), so the host fails before it serves a single request and the
/// process exits non-zero with every violated setting in the message.
/// </summary>
internal sealed class ProductionSafetyOptions;

internal sealed class ProductionSafetyValidator(IConfiguration configuration, IHostEnvironment environment)
    : IValidateOptions<ProductionSafetyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProductionSafetyOptions options)
    {
        if (!environment.IsProduction())
        {
            return ValidateOptionsResult.Skip;
        }

        var violations = ProductionSafetyRules.FindViolations(configuration);
        return violations.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(violations.Select(v => "Production start-up refused: " + v));
    }
}
