namespace MediaEngine.Domain.Entities;

public enum JobPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
}
