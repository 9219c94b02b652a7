using System.Diagnostics;

namespace ComplianceBot.Bot.Tests.Operations.Safety;

/// <summary>The real executable, not the test host: a refused start must end the process non-zero.</summary>
public sealed class ProductionProcessTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Test")]
    public async Task Main_UnauthenticatedOutsideDevelopment_ExitsNonZeroNamingSettingAndEnvironment(string environment)
    {
        var folder = Directory.CreateTempSubdirectory("compliancebot-process-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ComplianceBot.Bot.dll"));
            foreach (var (key, value) in ProductionSettings.With("Teams:DangerouslyAllowUnauthenticatedRequests", "true"))
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains(
                $"Start-up refused in the {environment} environment (the production rules apply to every environment but Development): Teams:DangerouslyAllowUnauthenticatedRequests=true",
                await output + await error,
                StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
