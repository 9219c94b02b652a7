using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The edges of "Check my report" (Reg. 23.2): what a typed case code becomes, how strong a chosen passphrase must be,
/// which stored hashes are accepted, and exactly when a lockout row locks, unlocks and expires (decision 117).
/// </summary>
public sealed class FollowUpSecretsBoundaryTests
{
    private static readonly IOptions<RegistersOptions> FastOptions = Options.Create(new RegistersOptions { PassphraseIterations = 1000 });
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    // Reg. 23.2: a code read aloud and typed back opens the case: O is 0, I and L are 1, case, spaces and dashes ignored.
    [Theory]
    [InlineData("oiLl-2345-6789", "0111-2345-6789")]
    [InlineData("  abcd efgh jkmn ", "ABCD-EFGH-JKMN")]
    [InlineData("PQRSTVWXYZ00", "PQRS-TVWX-YZ00")]
    public void Normalize_SloppyTyping_GivesTheCanonicalCode(string typed, string expected) =>
        Assert.Equal(expected, CaseCode.Normalize(typed));

    // Reg. 23.2: anything that is not twelve characters of the code's alphabet is no code at all.
    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("0000-0000-000")]
    [InlineData("0000-0000-00000")]
    [InlineData("0000-0000-000U")]
    [InlineData("0000-0000-000*")]
    [InlineData("0000_0000_0000")]
    public void Normalize_NotACode_IsNull(string? typed) => Assert.Null(CaseCode.Normalize(typed));

    [Fact]
    public void Generate_CaseCodes_AreCanonicalCodesOfTheAlphabet()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => CaseCode.Generate()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Equal(CaseCode.Length, code.Length);
            Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code);
            Assert.Equal(code, CaseCode.Normalize(code));
        });
        Assert.True(codes.Distinct().Count() > 45);
    }

    [Fact]
    public void Generate_Passphrase_FiveGroupsOfFourUnambiguousCharacters()
    {
        var passphrase = PassphraseGenerator.Generate();

        Assert.Matches("^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){4}$", passphrase);
        PassphraseGenerator.EnsureStrongEnough(passphrase);
    }

    // Reg. 23.2: sixteen characters after trimming are enough; fifteen, or fifteen padded with spaces, are not.
    [Fact]
    public void EnsureStrongEnough_SixteenCharactersAfterTrimming()
    {
        PassphraseGenerator.EnsureStrongEnough(new string('x', 16));

        foreach (var weak in new[] { new string('x', 15), "  " + new string('x', 15) + "  ", null })
        {
            var error = Assert.Throws<DomainRuleException>(() => PassphraseGenerator.EnsureStrongEnough(weak));
            Assert.Equal(PassphraseGenerator.ReportPassphraseMustBeStrongEnough, error.Rule);
        }
    }

    // Reg. 23.2: the hash keeps scheme, iteration count, 16-byte salt and 32-byte hash; spaces around a passphrase do not matter.
    [Fact]
    public void Hash_KeepsItsParametersAndVerifiesTheTrimmedPassphrase()
    {
        var stored = new PassphraseHasher(FastOptions).Hash("correct horse battery staple");

        var parts = stored.Split('$');
        Assert.Equal(4, parts.Length);
        Assert.Equal(("pbkdf2-sha256", "1000"), (parts[0], parts[1]));
        Assert.Equal((16, 32), (Convert.FromBase64String(parts[2]).Length, Convert.FromBase64String(parts[3]).Length));
        var stronger = new PassphraseHasher(Options.Create(new RegistersOptions { PassphraseIterations = 2000 }));
        Assert.True(stronger.Verify("  correct horse battery staple ", stored));
        Assert.False(stronger.Verify("correct horse battery staplf", stored));
    }

    // A malformed stored value never matches, whatever is typed.
    [Fact]
    public void Verify_MalformedStoredValue_NeverMatches()
    {
        var hasher = new PassphraseHasher(FastOptions);
        var parts = hasher.Hash("correct horse battery staple").Split('$');

        Assert.False(hasher.Verify("correct horse battery staple", string.Join('$', "pbkdf2-sha1", parts[1], parts[2], parts[3])));
        Assert.False(hasher.Verify("correct horse battery staple", string.Join('$', parts[0], "many", parts[2], parts[3])));
        Assert.False(hasher.Verify("correct horse battery staple", string.Join('$', parts[0], parts[1], parts[2])));
        Assert.False(hasher.Verify("correct horse battery staple", string.Join('$', parts[0], parts[1], parts[2], parts[3], "x")));
        Assert.True(hasher.Verify("correct horse battery staple", string.Join('$', parts)));
    }

    [Fact]
    public void SpendEquivalentWork_NoPassphrase_DoesNotThrow() =>
        new PassphraseHasher(FastOptions).SpendEquivalentWork(null!);

    // Decision 117: rounded up to the next whole minute, then 20 s on for a requester and 40 s for a case code.
    [Theory]
    [InlineData(0, FollowUpScope.Requester, "09:00:20")]
    [InlineData(0, FollowUpScope.Case, "09:00:40")]
    [InlineData(1, FollowUpScope.Requester, "09:01:20")]
    [InlineData(599_999_999, FollowUpScope.Case, "09:01:40")]
    public void Coarse_RoundsUpToTheMinuteWithTheScopesOffset(long ticks, FollowUpScope scope, string expected)
    {
        var coarse = FollowUpThrottle.Coarse(scope, Start.AddTicks(ticks));

        Assert.Equal(Start.Date + TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), coarse.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, coarse.Offset);
    }

    // Reg. 23.2: the fifth failure within the window locks, the fourth does not; the lock lasts until its expiry exactly.
    [Fact]
    public void RecordFailure_FifthWithinTheWindow_LocksUntilTheLockoutEnds()
    {
        var throttle = FollowUpThrottle.Start("key");
        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure(FollowUpScope.Case, Start.AddMinutes(i), 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));
        }

        Assert.Equal((4, false), (throttle.Failures, throttle.IsLocked(Start.AddMinutes(4))));
        Assert.Equal(FollowUpThrottle.Coarse(FollowUpScope.Case, Start.AddMinutes(15)), throttle.ExpiresAt);

        throttle.RecordFailure(FollowUpScope.Case, Start.AddMinutes(4), 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));

        var until = FollowUpThrottle.Coarse(FollowUpScope.Case, Start.AddMinutes(34));
        Assert.Equal((5, true, until), (throttle.Failures, throttle.Locked, throttle.ExpiresAt));
        Assert.True(throttle.IsLocked(until.AddTicks(-1)));
        Assert.False(throttle.HasExpired(until.AddTicks(-1)));
        Assert.False(throttle.IsLocked(until));
        Assert.True(throttle.HasExpired(until));
    }

    // Decision 117: after the lockout ends, a failure starts a fresh count, unlocked, with a fresh window.
    [Fact]
    public void RecordFailure_AfterTheLockoutEnded_StartsAFreshUnlockedCount()
    {
        var throttle = FollowUpThrottle.Start("key");
        throttle.RecordFailure(FollowUpScope.Requester, Start, 1, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));
        Assert.True(throttle.IsLocked(Start));
        var later = Start.AddHours(1);

        throttle.RecordFailure(FollowUpScope.Requester, later, 2, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));

        Assert.Equal((1, false), (throttle.Failures, throttle.Locked));
        Assert.Equal(FollowUpThrottle.Coarse(FollowUpScope.Requester, later.AddMinutes(15)), throttle.ExpiresAt);
    }

    [Fact]
    public void Start_NoKey_IsRefused() => Assert.ThrowsAny<ArgumentException>(() => FollowUpThrottle.Start(" "));

    // Decision 117: the key setting is the base64 of exactly 32 bytes; empty means "development key file".
    [Fact]
    public void IsValidKey_ExactlyThirtyTwoBytes()
    {
        Assert.True(FollowUpKeyring.IsValidKey(null));
        Assert.True(FollowUpKeyring.IsValidKey(" "));
        Assert.True(FollowUpKeyring.IsValidKey(" " + Convert.ToBase64String(new byte[32]) + " "));
        Assert.False(FollowUpKeyring.IsValidKey(Convert.ToBase64String(new byte[31])));
        Assert.False(FollowUpKeyring.IsValidKey(Convert.ToBase64String(new byte[33])));
        Assert.False(FollowUpKeyring.IsValidKey("not base64!"));
    }

    // Decision 119: the working day must start before it ends, within one day.
    [Theory]
    [InlineData(0, 24, true)]
    [InlineData(9, 18, true)]
    [InlineData(9, 9, false)]
    [InlineData(-1, 18, false)]
    [InlineData(9, 25, false)]
    public void HasValidWorkday_StartBeforeEndWithinOneDay(int start, int end, bool valid) =>
        Assert.Equal(valid, new AnonymousReleaseOptions { WorkdayStart = TimeSpan.FromHours(start), WorkdayEnd = TimeSpan.FromHours(end) }.HasValidWorkday());
}
