using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Tests.People;

/// <summary>
/// Regulation invariant 4: a departure or return is recorded with its audit entry, or refused whole — a missing register
/// or employee is named at once, before the employee is marked and with nothing audited.
/// </summary>
public sealed class PeopleArgumentsTests : RegisterTestBase
{
    [Fact]
    public async Task RecordLeftAndReturn_MissingRegisterOrEmployee_AreRefusedBeforeTheEmployeeIsMarked()
    {
        var employee = Employee.Create("aad-leaver", "tenant", "Marat Leaver", "ru", World.Clock.Now);
        await using var db = Database.CreateContext();

        Assert.Equal("db", Assert.Throws<ArgumentNullException>(() => EmployeeDepartures.RecordLeft(null!, employee, World.Clock.Today, World.Clock.Now)).ParamName);
        Assert.Null(employee.LeftOn);
        Assert.Equal("employee", Assert.Throws<ArgumentNullException>(() => EmployeeDepartures.RecordLeft(db, null!, World.Clock.Today, World.Clock.Now)).ParamName);
        EmployeeDepartures.RecordLeft(db, employee, World.Clock.Today, World.Clock.Now);
        Assert.Equal("db", Assert.Throws<ArgumentNullException>(() => EmployeeDepartures.RecordReturn(null!, employee, World.Clock.Now)).ParamName);
        Assert.Equal(World.Clock.Today, employee.LeftOn);
        Assert.Equal("employee", Assert.Throws<ArgumentNullException>(() => EmployeeDepartures.RecordReturn(db, null!, World.Clock.Now)).ParamName);
    }

    [Fact]
    public void ActiveOn_NoEmployees_IsRefusedNamingThem() =>
        Assert.Equal("employees", Assert.Throws<ArgumentNullException>(() => ((IQueryable<Employee>)null!).ActiveOn(new DateOnly(2026, 3, 10))).ParamName);
}
