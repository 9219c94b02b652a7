namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>
/// The host with a second issuer configured beside Bot Framework's: the bot's own Entra tenant (v2
/// and v1 metadata), and one caller allowed to post with its tokens (decision 112).
/// </summary>
public sealed class TenantIssuerAppFactory : ChannelAppFactory
{
    public TenantIssuerAppFactory()
    {
        Settings["Teams:OpenIdMetadataUrls:0"] = TestIssuer.TenantV2MetadataUrl;
        Settings["Teams:OpenIdMetadataUrls:1"] = TestIssuer.TenantV1MetadataUrl;
        Settings["Teams:AllowedCallerAppIds:0"] = TestIssuer.AllowedCallerAppId;
    }
}
