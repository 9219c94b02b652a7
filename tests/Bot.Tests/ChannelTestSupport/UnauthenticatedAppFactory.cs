namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>The host as the Agents Playground meets it: Development with the unauthenticated switch on.</summary>
public sealed class UnauthenticatedAppFactory : ChannelAppFactory
{
    public UnauthenticatedAppFactory()
    {
        Settings["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true";
    }
}
