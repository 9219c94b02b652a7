using ComplianceBot.Domain;
using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Tests.People;

/// <summary>Reg. 8: the compliance service is independent of the director.</summary>
public sealed class DirectorIsNeverAnOfficerTests
{
    private static readonly OrganizationOptions Organization = new() { DirectorAadObjectId = "aad-director" };

    [Theory]
    [InlineData("aad-director")]
    [InlineData("AAD-DIRECTOR")]
    [InlineData(" aad-director ")]
    public void Ensure_TheDirector_IsRefusedWithTheRule(string officer)
    {
        var error = Assert.Throws<DomainRuleException>(() => DirectorIsNeverAnOfficer.Ensure(officer, Organization));

        Assert.Equal(DirectorIsNeverAnOfficer.Rule, error.Rule);
        Assert.Equal(DomainMessageKeys.DirectorCannotBeOfficer, error.MessageKey);
    }

    [Fact]
    public void Ensure_AnotherEmployee_IsAllowed()
    {
        DirectorIsNeverAnOfficer.Ensure("aad-officer", Organization);
    }

    [Fact]
    public void Ensure_NoDirectorConfigured_IsAllowed()
    {
        DirectorIsNeverAnOfficer.Ensure("aad-director", new OrganizationOptions());
    }
}
