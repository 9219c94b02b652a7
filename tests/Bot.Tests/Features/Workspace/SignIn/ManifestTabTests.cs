using System.Text.Json;
using ComplianceBot.Bot.Features.Workspace;
using ComplianceBot.Bot.Features.Workspace.SignIn;
using ComplianceBot.Bot.Tests.Manifest;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 139: the manifest's personal tab opens the tab's sign-in page on the bot's domain in the Teams/Outlook
/// locale (the browser link opens the workspace itself); SSO asks for the same app id URI the server accepts; the
/// manifest version reaches Outlook and the Microsoft 365 app (1.13 or later); the tab's name is translated.
/// (AppPackageTests validates the filled files against the schemas.)
/// </summary>
public sealed class ManifestTabTests
{
    private static JsonElement Read(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ManifestFolder, file)));
        return document.RootElement.Clone();
    }

    [Fact]
    public void WorkspaceTab_IsAPersonalTabOnTheBotsDomain()
    {
        var manifest = Read("manifest.json");

        var tab = manifest.GetProperty("staticTabs").EnumerateArray().Single(t => t.GetProperty("entityId").GetString() == "workspace");

        Assert.Equal($"https://{{{{BOT_DOMAIN}}}}{WorkspaceTabSession.TabPath}?locale={{locale}}", tab.GetProperty("contentUrl").GetString());
        Assert.Equal($"https://{{{{BOT_DOMAIN}}}}{WorkspacePaths.Base}", tab.GetProperty("websiteUrl").GetString());
        Assert.Equal("Workspace", tab.GetProperty("name").GetString());
        Assert.Equal(["personal"], tab.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("{{BOT_DOMAIN}}", manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void WebApplicationInfo_IsTheAppIdUriTheServerAccepts()
    {
        var info = Read("manifest.json").GetProperty("webApplicationInfo");

        var resource = info.GetProperty("resource").GetString()!.Replace("{{BOT_DOMAIN}}", "bot.example.kz", StringComparison.Ordinal)
            .Replace("{{BOT_APP_ID}}", "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", StringComparison.Ordinal);

        Assert.Equal("{{BOT_APP_ID}}", info.GetProperty("id").GetString());
        Assert.Equal(new WorkspaceSignInOptions().EffectiveAppIdUri("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f", new Uri("https://bot.example.kz")), resource);
    }

    [Fact]
    public void ManifestVersion_ReachesOutlookAndTheMicrosoft365App()
    {
        var version = Version.Parse(Read("manifest.json").GetProperty("manifestVersion").GetString()!);

        Assert.True(version >= new Version(1, 13), $"manifest {version}: Outlook and the Microsoft 365 app need 1.13 or later");
    }

    [Theory]
    [InlineData("kk.json", "Жұмыс кеңістігі")]
    [InlineData("ru.json", "Рабочее место")]
    public void WorkspaceTab_NameIsTranslated(string file, string name)
    {
        var index = Read("manifest.json").GetProperty("staticTabs").EnumerateArray().ToList().FindIndex(t => t.GetProperty("entityId").GetString() == "workspace");

        Assert.Equal(name, Read(file).GetProperty($"staticTabs[{index}].name").GetString());
    }
}
