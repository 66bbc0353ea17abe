namespace MediaEngine.Domain.Presets;

/// <summary>
/// A preset change was refused. <see cref="Exception.Message"/> says what was refused and why; <see cref="Problems"/>
/// lists every individual problem (each a full sentence), for example every graph validation problem at once.
/// </summary>
public sealed class PresetException : Exception
{
    public PresetException()
        : this("The preset change was refused.")
    {
    }

    public PresetException(string message)
        : this(message, [])
    {
    }

    public PresetException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    public PresetException(string message, IReadOnlyList<string> problems)
        : base(message) => Problems = problems;

    public IReadOnlyList<string> Problems { get; }
}
