namespace ComplianceBot.Domain.Tests;

public sealed class DomainMessagesTests
{
    [Fact]
    public void English_EveryKey_HasText()
    {
        Assert.All(DomainMessageKeys.All, key => Assert.False(string.IsNullOrWhiteSpace(DomainMessages.English(key))));
    }

    [Fact]
    public void All_EveryConstant_IsListed()
    {
        var constants = typeof(DomainMessageKeys).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(), DomainMessageKeys.All.Order());
    }

    [Fact]
    public void English_UnknownKey_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => DomainMessages.English("Domain.Nope"));
}
