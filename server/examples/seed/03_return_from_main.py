# seed: return to exit function execution
def main():
    print("Processing data...")
    condition = False # Simulate a condition check
    if not condition:
        print("Condition failed, exiting main...")
        return
    print("This won't be reached if condition is False")

if __name__ == "__main__":
    main()
    print("Program continues after main()")
