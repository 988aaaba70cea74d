"""``rvr-watch completion bash|zsh``: a shell completion script, made from the parser.

The script lists the commands and each command's options as the argument parser knows
them, so it cannot fall behind the CLI. zsh runs the bash function through its
``bashcompinit`` layer.
"""

from __future__ import annotations

import argparse

from rvr_watch.errors import EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print the completion script for ``args.shell``."""
    from rvr_watch.cli import build_parser

    print(completion_script(build_parser(), args.shell))
    return EXIT_OK


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    """A bash (or zsh) completion script for ``parser``'s commands and options."""
    top = _options(parser)
    commands = _subcommands(parser)
    cases = "\n".join(
        f'        {name}) words_="{" ".join(_options(sub) + _choices(sub))}" ;;'
        for name, sub in commands.items()
    )
    function = f"""_rvr_watch() {{
    local cur command words_ i
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    command=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${{COMP_WORDS[i]}}" in
            {"|".join(_valued(parser))}) ((i++)) ;;
            -*) ;;
            *) command="${{COMP_WORDS[i]}}"; break ;;
        esac
    done
    case "$command" in
        "") words_="{" ".join(top + list(commands))}" ;;
{cases}
    esac
    COMPREPLY=($(compgen -W "$words_" -- "$cur"))
    if [ "${{#COMPREPLY[@]}}" -eq 0 ] && [ -n "$command" ]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}}
complete -F _rvr_watch rvr-watch"""
    if shell == "zsh":
        return "autoload -U +X bashcompinit && bashcompinit\n" + function
    return function


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [
        option
        for action in parser._actions  # argparse has no public list of a parser's options
        for option in action.option_strings
    ]


def _valued(parser: argparse.ArgumentParser) -> list[str]:
    """The options that take a value (the word after them is not the command)."""
    return [
        option
        for action in parser._actions
        if action.option_strings and action.nargs != 0
        for option in action.option_strings
    ]


def _choices(parser: argparse.ArgumentParser) -> list[str]:
    return [
        str(choice)
        for action in parser._actions
        if not action.option_strings and action.choices
        for choice in action.choices
    ]


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # the same: no public way to list the commands
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}
