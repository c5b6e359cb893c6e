from emocni_cli.cli.entry import main

main()
