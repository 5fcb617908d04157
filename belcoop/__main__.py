from belcoop.cli import main

main()
