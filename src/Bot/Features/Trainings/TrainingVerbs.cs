
namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>The card verbs of the trainings flow.</summary>
public static class TrainingVerbs
{
    public const string Start = "training.start";
    public const string Schedule = "training.schedule";
    public const string OpenAttendance = "training.attendance.open";
    public const string RecordAttendance = "training.attendance.record";
    public const string OutsideStart = "training.outside.start";
    public const string OutsideRecord = "training.outside.record";
}

/// <summary>The input ids of the "Schedule a training", attendance and "Outside training" forms.</summary>
public static class TrainingInputs
{
    public const string Title = "title";
    public const string Agenda = "agenda";
    public const string Date = "date";
    public const string Time = "time";
    public const string Duration = "duration";
    public const string Place = "place";
    public const string Room = "room";
    public const string Audience = "audience";
    public const string Departments = "departments";
    public const string People = "people";
    public const string Months = "months";
    public const string SessionId = "sessionId";
    public const string Attended = "attended";
    public const string Person = "person";
    public const string Provider = "provider";
    public const string CompletedOn = "completedOn";

    public const string Online = "online";
    public const string InRoom = "room";
}
