using Spectre.Console;

namespace Enf.ClusterProfiles.Console;

/// <summary>Where a command writes: plain writers for machine output, Spectre consoles for people.</summary>
internal sealed class ConsoleContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Whether standard output is a terminal (only when the real console is used).</summary>
    public bool OutputIsTerminal => ReferenceEquals(Output, System.Console.Out) && !System.Console.IsOutputRedirected;

    /// <summary>Whether standard error is a terminal (only when the real console is used).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, System.Console.Error) && !System.Console.IsErrorRedirected;

    public IAnsiConsole People()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = OutputIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!OutputIsTerminal)
        {
            console.Profile.Width = 160; // a file or a pipe has no width: wrap less than a terminal would
        }

        return console;
    }

    public IAnsiConsole Progress() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Ansi = AnsiSupport.Detect,
        Interactive = InteractionSupport.Detect,
    });

    public void Fail(string message) => Error.WriteLine($"cluster-profiles: {message}");
}
