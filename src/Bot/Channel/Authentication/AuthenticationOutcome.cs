namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>The verdict on one inbound request; <see cref="Reason"/> goes to the log only, never to the caller.</summary>
internal readonly record struct AuthenticationOutcome(int StatusCode, string Reason)
{
    public bool Succeeded => StatusCode == StatusCodes.Status200OK;

    public static AuthenticationOutcome Success { get; } = new(StatusCodes.Status200OK, "");

    public static AuthenticationOutcome Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason);

    public static AuthenticationOutcome Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason);
}
