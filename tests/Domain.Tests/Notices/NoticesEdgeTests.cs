using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Notices;

/// <summary>The notices' edges found by bench/mutation.sh (decision 129): registration, leases of several jobs, guards.</summary>
public sealed class NoticesEdgeTests : RegisterTestBase
{
    [Fact]
    public void AddDirectorDigest_Twice_RegistersOnceWithItsSettings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notices:DigestEnabled"] = "true",
            ["Organization:DirectorAadObjectId"] = "aad-director",
        }).Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddDirectorDigest().AddDirectorDigest();
        using var services = collection.BuildServiceProvider();

        Assert.Single(collection, d => d.ServiceType == typeof(DirectorDigest));
        Assert.Single(collection, d => d.ServiceType == typeof(ActualConflictNotice));
        Assert.True(services.GetRequiredService<IOptions<DirectorDigestOptions>>().Value.DigestEnabled);
        Assert.Equal("aad-director", services.GetRequiredService<IOptions<OrganizationOptions>>().Value.DirectorAadObjectId);
    }

    // Decision 014: each job has its own lease row; claiming one job creates and claims its row whatever other jobs exist.
    [Fact]
    public async Task TryClaimAsync_SecondJob_CreatesAndClaimsItsOwnRow()
    {
        await using var db = Database.CreateContext();
        var leases = new ScheduledJobLeases(db, World.Time);
        await leases.TryClaimAsync("digest", "a", TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), default);

        var second = await leases.TryClaimAsync("report", "a", TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), default);

        Assert.Equal(("report", "a"), (second!.Name, second.LeaseOwner));
    }

    // Reg. 23.3: the notice carries the declaration's register number, which exists only once it is saved.
    [Fact]
    public async Task Assessed_UnsavedDeclaration_RefusedNamingTheNumber()
    {
        await using var db = Database.CreateContext();
        var declaration = ConflictOfInterestDeclaration.File("aad-employee", new ConflictDetails(
            ConflictArea.Procurement, "My brother owns a bidder", "Brother: B. Bidder", "Tender 2026-14"), World.Clock);
        declaration.Assess(await World.OfficerAsync(db), ConflictLevel.Actual, SettlementMeasure.RecusalFromDecision, null, null, "Family", World.Clock);
        var notice = new ActualConflictNotice(db, World.Clock, Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director }));

        var refused = Assert.Throws<InvalidOperationException>(() => notice.Assessed(declaration));

        Assert.Contains("number", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => notice.Assessed(null!));
    }

    [Fact]
    public async Task DirectorVisibility_NullArguments_Refused()
    {
        Assert.Throws<ArgumentNullException>(() => DirectorVisibility.MayKnow(null!));
        Assert.Throws<ArgumentNullException>(() => DirectorVisibility.ReportOfNotice(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => DirectorVisibility.MayDeliverAsync(null!, "director-mail:ReportFiled:x"));
    }
}
