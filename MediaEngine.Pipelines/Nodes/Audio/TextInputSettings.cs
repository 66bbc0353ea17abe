using System.ComponentModel.DataAnnotations;

namespace MediaEngine.Pipelines.Nodes.Audio;

/// <summary>Settings of <c>text.input</c>: either a graph input of kind Text (a .txt file) or the text itself, not both.</summary>
public sealed record TextInputSettings : IValidatableObject
{
    /// <summary>The longest text accepted, from a file or typed in.</summary>
    public const int MaxCharacters = 100_000;

    [Display(Name = "Graph input", Description = "The graph input (kind Text, a .txt file) to read; leave empty to type the text instead")]
    public string? Input { get; init; }

    [MaxLength(MaxCharacters, ErrorMessage = "The text must be at most 100000 characters long.")]
    [DataType(DataType.MultilineText)]
    [Display(Name = "Text", Description = "The text itself; leave empty to read a graph input instead")]
    public string? Text { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasInput = !string.IsNullOrWhiteSpace(Input);
        var hasText = !string.IsNullOrWhiteSpace(Text);
        if (hasInput == hasText)
        {
            yield return new ValidationResult(
                hasInput
                    ? "Give either 'input' (a graph input of kind Text) or 'text' (the text itself), not both."
                    : "Give either 'input' (a graph input of kind Text) or 'text' (the text itself); both are empty.",
                [nameof(Input), nameof(Text)]);
        }
    }
}
